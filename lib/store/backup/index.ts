// Backup and restore: the file format, export, and the merging import.
export * from './format';
export * from './export';
export * from './merge';
export * from './import';
export * from './encrypted';
