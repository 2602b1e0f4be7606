import { z } from 'zod';
import { de } from 'zod/locales';

// Validation messages reach the user (inline at the field), so they are German everywhere.
z.config(de());
