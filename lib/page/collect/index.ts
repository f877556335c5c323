export { collectFields, collectFieldsInSlices, type CollectResult } from './collectFields';
