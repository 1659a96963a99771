export { builtinProfiles } from './builtin.js';
export { profileConstraintSchema, type ConstraintOf, type ProfileConstraint, type ProfileConstraintKind } from './constraint.js';
export { courseDays, minutesBefore, type CourseDay, type CourseDays, type CourseSession } from './course-days.js';
export {
  customProfileSchema,
  profileCheckSchema,
  profileSourceSchema,
  recognitionProfileSchema,
  type CustomProfile,
  type RecognitionProfile,
} from './profile.js';
export { profileIds, profileInForce, resolveProfile, type ProfileResolution } from './resolve.js';
export { profileJsonSchema } from './json-schema.js';
