import * as z from 'zod';

/**
 * The domain of calendar UIDs (`<offering>/<session>@<domain>`): a host
 * name such as `kurse.example.org`, letters, digits, `-` and `.`.
 *
 * @example
 * ```ts
 * import { uidDomainSchema } from 'curricula';
 * uidDomainSchema.parse('kurse.example.org');
 * ```
 */
export const uidDomainSchema = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/, { error: 'schema/format#domain' })
  .max(253)
  .meta({ id: 'UidDomain', description: 'The domain of calendar UIDs, e.g. "kurse.example.org".' });
