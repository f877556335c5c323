// Tables around a control: the column header and row header texts (labels), and, for data tables
// (a header row above rows of controls), the control's row, so codes and units pair up by row.
import { SHOWN_CONTROL_SELECTOR } from '../controlSelector';
import { elementText } from './text';

interface TableInfo {
  id: string;
  headers: string[];
  /** Data rows (rows below the header that hold controls) and their 0-based order. */
  dataRows: Map<Element, number>;
  isDataTable: boolean;
}

export interface TableContext {
  columnHeader: string;
  rowHeader: string;
  rowIndex?: number;
  rowGroup?: string;
}

export class TableIndex {
  private tables = new Map<Element, TableInfo>();
  /** Row header text by row: every control of a row shares it. */
  /** Per row: its table, cells and their columns, or null outside a table row; a row's controls share them. */
  private rows = new Map<Element, RowInfo | null>();

  /** `cell`: the nearest TD or TH around the control (AncestorPath.cellAt). */
  contextOf(cell: Element | null): TableContext | undefined {
    const row = cell?.parentElement;
    if (!cell || !row) return undefined;
    let known = this.rows.get(row);
    if (known === undefined) {
      const table = row.closest('table');
      known = table && row.tagName === 'TR' ? rowInfo(this.info(table), row) : null;
      this.rows.set(row, known);
    }
    if (!known) return undefined;
    const { info, cells } = known;
    const at = cells.indexOf(cell);
    const column = at >= 0 ? known.columns[at]! : known.width;
    const first = cells[0];
    const rowHeader = first && first !== cell ? rowHeaderOf(known, first) : '';
    const context: TableContext = { columnHeader: info.headers[column] ?? '', rowHeader };
    if (info.isDataTable) {
      const index = info.dataRows.get(row);
      if (index !== undefined) {
        context.rowIndex = index;
        context.rowGroup = info.id;
      }
    }
    return context;
  }

  private info(table: Element): TableInfo {
    const known = this.tables.get(table);
    if (known) return known;
    // A table's rows collection leaves out nested tables' rows; a querySelectorAll does not.
    const own = (table as HTMLTableElement).rows;
    const rows: Element[] = [];
    if (own) for (let i = 0; i < own.length; i++) rows.push(own[i]!);
    else for (const r of Array.from(table.querySelectorAll('tr'))) if (r.closest('table') === table) rows.push(r);
    const headRow = rows.find((r) => r.children.length > 0 && Array.from(r.children).every((c) => c.tagName === 'TH'));
    const headers: string[] = [];
    if (headRow)
      for (const c of Array.from(headRow.children)) {
        const span = Number(c.getAttribute('colspan') ?? '1') || 1;
        const text = elementText(c);
        for (let i = 0; i < span; i++) headers.push(text);
      }
    const dataRows = new Map<Element, number>();
    for (const r of rows) if (r !== headRow && r.querySelector(SHOWN_CONTROL_SELECTOR)) dataRows.set(r, dataRows.size);
    // A layout table (label cell, control cell) has no header row; only data tables number rows.
    const isDataTable = !!headRow && headers.filter(Boolean).length >= 1 && dataRows.size >= 1;
    const info: TableInfo = { id: `table-${this.tables.size + 1}`, headers, dataRows, isDataTable };
    this.tables.set(table, info);
    return info;
  }
}

interface RowInfo {
  info: TableInfo;
  cells: Element[];
  /** The column each cell starts at (colspans counted), and the row's width. */
  columns: number[];
  width: number;
  /** The first cell's text when it holds no control; read when a later cell first asks. */
  header?: string;
}

function rowInfo(info: TableInfo, row: Element): RowInfo {
  // Walked by sibling links: Array.from over a live HTMLCollection costs a DOM call per step and then some.
  const cells: Element[] = [];
  const columns: number[] = [];
  let column = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    cells.push(c);
    columns.push(column);
    column += Number(c.getAttribute('colspan') ?? '1') || 1;
  }
  return { info, cells, columns, width: column };
}

function rowHeaderOf(row: RowInfo, first: Element): string {
  if (row.header === undefined) row.header = first.querySelector(SHOWN_CONTROL_SELECTOR) ? '' : elementText(first);
  return row.header;
}
