export { classifyFields, CLASSIFY_THRESHOLD, type ClassifyOptions } from './classifyFields';
