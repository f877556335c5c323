// Imported first by every extension entry point (before any schema is built): extension pages
// forbid eval by CSP, so zod must use its interpreted parsers instead of probing `new Function`
// (the probe would log a CSP violation on every page load).
import { z } from 'zod';

z.config({ jitless: true });
