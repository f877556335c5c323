export { planFill, type PlanOptions } from './planFill';
export { matchOption, optionTerms, acceptTexts, type OptionTerms } from './matchOption';
