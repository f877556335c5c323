// Every schema takes `z` from here, so zod is configured before any schema is built whichever
// module loads it first (the side panel loads zod only after its first screen). Extension pages
// forbid eval by CSP, so zod must use its interpreted parsers instead of probing `new Function`
// (the probe would log a CSP violation on every page load).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
