import * as z from 'zod';
import { identifierSchema } from './identifier.js';

/**
 * How to reach someone (Kontakt).
 *
 * @example
 * ```ts
 * import { contactSchema } from 'curricula';
 * contactSchema.parse({ name: 'Frau Bendicks', email: 'info@example.org' });
 * ```
 */
export const contactSchema = z
  .strictObject({
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'Contact' });

/**
 * A person, e.g. a facilitator (Moderation, Referent*in).
 *
 * @example
 * ```ts
 * import { personSchema } from 'curricula';
 * personSchema.parse({ name: 'Daniela Noack', role: 'Integrationsbeauftragte', organisation: 'Stadt Ahlen' });
 * ```
 */
export const personSchema = z
  .strictObject({
    name: z.string().min(1),
    role: z.string().optional(),
    /** The part the person plays here, e.g. "Moderation", apart from their job title in `role`. */
    task: z.string().optional(),
    organisation: z.string().optional(),
    email: z.string().optional(),
  })
  .meta({ id: 'Person' });

/**
 * An organisation that runs or designs programs (Anbieter, Träger).
 *
 * @example
 * ```ts
 * import { providerSchema } from 'curricula';
 * providerSchema.parse({ name: 'Niedersächsisches Studieninstitut', id: 'nsi' });
 * ```
 */
export const providerSchema = z
  .strictObject({
    id: identifierSchema.optional(),
    name: z.string().min(1),
    url: z.string().optional(),
    address: z.string().optional(),
    contact: contactSchema.optional(),
  })
  .meta({ id: 'Provider' });

/** @see {@link contactSchema} @example `const c: Contact = { email: 'a@b.de' };` */
export type Contact = z.output<typeof contactSchema>;
/** @see {@link personSchema} @example `const p: Person = { name: 'Daniela Noack' };` */
export type Person = z.output<typeof personSchema>;
/** @see {@link providerSchema} @example `const p: Provider = { name: 'Paritätischer BW' };` */
export type Provider = z.output<typeof providerSchema>;
