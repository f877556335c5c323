export { collectFields, type CollectResult } from './collectFields';
