import type { MessageData, Phrase } from '../core/diagnostic.js';

/**
 * The `yaml` library's problems as messages of the catalogs: each message
 * the library writes (for the error codes `MISSING_CHAR`, `BAD_INDENT`,
 * `UNEXPECTED_TOKEN`, …) has an id of the `syntax` namespace whose English
 * text is the library's own, so a German run reads "Schließendes
 * Anführungszeichen fehlt" where the library says 'Missing closing "quote'.
 * What varies in a message (a character, a token type, which kind of flow
 * collection) becomes its data. A message this table does not know (a
 * newer version of the library) keeps its English text as data of
 * `yamlOther`.
 */
const TABLE: readonly (readonly [RegExp, string, readonly string[]])[] = [
  [/^Missing closing "quote$/, 'yamlMissingDoubleQuote', []],
  [/^Missing closing 'quote$/, 'yamlMissingSingleQuote', []],
  [/^Invalid escape sequence (.*)$/s, 'yamlBadEscape', ['sequence']],
  [/^Plain value cannot start with (.*)$/s, 'yamlPlainStart', ['what']],
  [/^Missing , between (flow map|flow sequence) items$/, 'yamlMissingComma', ['collection']],
  [/^Missing , or : between (flow map|flow sequence) items$/, 'yamlMissingCommaOrColon', ['collection']],
  [/^Missing space after : in (flow map|flow sequence)$/, 'yamlMissingSpaceAfterColon', ['collection']],
  [/^Unexpected , in (flow map|flow sequence|collection)$/, 'yamlUnexpectedComma', ['collection']],
  [/^Unexpected empty item in (flow map|flow sequence)$/, 'yamlEmptyItem', ['collection']],
  [/^Unexpected (.+) in (flow map|flow sequence|collection)$/s, 'yamlUnexpectedIn', ['token', 'collection']],
  [/^(Flow map|Flow sequence) must end with a (.+)$/s, 'yamlFlowEnd', ['collection', 'bracket']],
  [/^(Flow map|Flow sequence) in block collection must be sufficiently indented and end with a (.+)$/s, 'yamlFlowEndIndent', ['collection', 'bracket']],
  [/^Block collections are not allowed within flow collections$/, 'yamlBlockInFlow', []],
  [/^Implicit keys of flow sequence pairs need to be on a single line$/, 'yamlFlowPairKeyLine', []],
  [/^The : indicator must be at most 1024 chars after the start of an implicit flow sequence key$/, 'yamlFlowKeyLong', []],
  [/^The : indicator must be at most 1024 chars after the start of an implicit block mapping key$/, 'yamlBlockKeyLong', []],
  [/^Map keys must be unique$/, 'yamlDuplicateKey', []],
  [/^A block sequence may not be used as an implicit map key$/, 'yamlSequenceAsKey', []],
  [/^All mapping items must start at the same column$/, 'yamlMappingColumn', []],
  [/^Implicit keys need to be on a single line$/, 'yamlKeyLine', []],
  [/^Nested mappings are not allowed in compact mappings$/, 'yamlCompactNested', []],
  [/^Implicit map keys need to be followed by map values$/, 'yamlKeyNeedsValue', []],
  [/^Map comment with trailing content$/, 'yamlMapComment', []],
  [/^All sequence items must start at the same column$/, 'yamlSequenceColumn', []],
  [/^Sequence item without - indicator$/, 'yamlSequenceIndicator', []],
  [/^Tags and anchors must be separated from the next token by white space$/, 'yamlPropsSpace', []],
  [/^Tabs are not allowed as indentation$/, 'yamlTabIndent', []],
  [/^Comments must be separated from other tokens by white space characters$/, 'yamlCommentSpace', []],
  [/^A node can have at most one anchor$/, 'yamlAnchors', []],
  [/^Anchor ending in : is ambiguous$/, 'yamlAnchorColon', []],
  [/^A node can have at most one tag$/, 'yamlTags', []],
  [/^Anchors and tags must be after the (.+) indicator$/s, 'yamlPropOrder', ['indicator']],
  [/^Unexpected (.+) at node end$/s, 'yamlNodeEnd', ['token']],
  [/^Unexpected (.+) token in YAML stream$/s, 'yamlStreamToken', ['token']],
  [/^Unexpected (.+) token in YAML stream: (".*")$/s, 'yamlStreamTokenAt', ['token', 'source']],
  [/^Unexpected (.+) token in YAML document$/s, 'yamlDocumentToken', ['token']],
  [/^Unexpected (.+) token in YAML document: (".*")$/s, 'yamlDocumentTokenAt', ['token', 'source']],
  [/^Unexpected block-seq-ind on same line with key$/, 'yamlSequenceOnKeyLine', []],
  [/^Unexpected block-seq-ind on same line with key: (".*")$/s, 'yamlSequenceOnKeyLineAt', ['source']],
  [/^Unexpected doc-end without preceding document$/, 'yamlDocEnd', []],
  [/^Unexpected token in block scalar header: (.+)$/s, 'yamlBlockHeaderToken', ['token']],
  [/^Unexpected (.+) token$/s, 'yamlUnexpectedToken', ['token']],
  [/^Unsupported token \(type: (.+)\)$/s, 'yamlUnsupportedToken', ['token']],
  [/^Not a YAML token: (.*)$/s, 'yamlNotAToken', ['source']],
  [/^An alias node must not specify any properties$/, 'yamlAliasProps', []],
  [/^Anchor cannot be an empty string$/, 'yamlEmptyAnchor', []],
  [/^Alias cannot be an empty string$/, 'yamlEmptyAlias', []],
  [/^Alias ending in : is ambiguous$/, 'yamlAliasColon', []],
  [/^Unresolved tag: (.*)$/s, 'yamlUnresolvedTag', ['tag']],
  [/^(.+) used for (.+) collection, but expects (.+)$/s, 'yamlCollectionTag', ['tag', 'kind', 'expected']],
  [/^Value may be parsed as either (.+) or (.+)$/s, 'yamlAmbiguous', ['first', 'second']],
  [/^Missing directives-end\/doc-start indicator line$/, 'yamlDocStartLine', []],
  [/^Missing directives-end indicator line$/, 'yamlDirectivesEndLine', []],
  [/^Block collection cannot start on same line with directives-end marker$/, 'yamlBlockAfterMarker', []],
  [/^Missing newline after block sequence props$/, 'yamlSequencePropsLine', []],
  [/^Block scalars with more-indented leading empty lines must use an explicit indentation indicator$/, 'yamlBlockScalarIndicator', []],
  [/^Block scalar values in collections must be indented$/, 'yamlBlockScalarIndent', []],
  [/^Block scalar lines must not be less indented than their (first line|explicit indentation indicator)$/, 'yamlBlockScalarLess', ['what']],
  [/^Block scalar header includes extra characters: (.*)$/s, 'yamlBlockHeaderExtra', ['source']],
  [/^Block scalar header not found$/, 'yamlBlockHeaderMissing', []],
  [/^Expected a flow scalar value, but found: (.+)$/s, 'yamlFlowScalar', ['token']],
  [/^Flow end indicator should be more indented than parent$/, 'yamlFlowEndIndicator', []],
  [/^%TAG directive should contain exactly two parts$/, 'yamlTagDirective', []],
  [/^%YAML directive should contain exactly one part$/, 'yamlYamlDirective', []],
  [/^Unsupported YAML version (.*)$/s, 'yamlVersion', ['version']],
  [/^Unknown directive (.*)$/s, 'yamlUnknownDirective', ['name']],
  [/^Not a valid tag: (.*)$/s, 'yamlInvalidTag', ['source']],
  [/^Verbatim tags aren't resolved, so (.*) is invalid\.$/s, 'yamlVerbatimTag', ['source']],
  [/^Verbatim tags must end with a >$/, 'yamlVerbatimEnd', []],
  [/^Excessive alias count indicates a resource exhaustion attack$/, 'yamlAliasCount', []],
];

/** The words of a message that are names of things, as phrases of the `syntax.yaml` namespace so they are translated. */
const WORDS: Readonly<Record<string, Phrase>> = {
  'flow map': { ns: 'syntax.yaml', id: 'flowMap' },
  'flow sequence': { ns: 'syntax.yaml', id: 'flowSequence' },
  'Flow map': { ns: 'syntax.yaml', id: 'flowMapStart' },
  'Flow sequence': { ns: 'syntax.yaml', id: 'flowSequenceStart' },
  collection: { ns: 'syntax.yaml', id: 'collection' },
  'first line': { ns: 'syntax.yaml', id: 'firstLine' },
  'explicit indentation indicator': { ns: 'syntax.yaml', id: 'indentationIndicator' },
  'a tab character': { ns: 'syntax.yaml', id: 'tabCharacter' },
  'flow indicator character ,': { ns: 'syntax.yaml', id: 'flowIndicator' },
  'directive indicator character %': { ns: 'syntax.yaml', id: 'directiveIndicator' },
};

const INDICATOR = /^(block scalar indicator|reserved character) (.)$/s;

function word(text: string): Phrase | string {
  const known = WORDS[text];
  if (known !== undefined) return known;
  const m = INDICATOR.exec(text);
  if (m !== null) return { ns: 'syntax.yaml', id: m[1] === 'reserved character' ? 'reservedCharacter' : 'blockScalarIndicator', data: { char: m[2]! } };
  return text;
}

/**
 * The id and data of the `syntax` message for a message of the `yaml`
 * library (its first letter capitalised, as the library's messages are
 * shown).
 *
 * @example
 * ```ts
 * yamlMessage('Missing , between flow map items');
 * // { messageId: 'yamlMissingComma', data: { collection: { ns: 'syntax.yaml', id: 'flowMap' } } }
 * ```
 */
export function yamlMessage(message: string): { messageId: string; data: MessageData } {
  const trimmed = message.trim();
  const text = trimmed.length > 0 ? trimmed[0]!.toUpperCase() + trimmed.slice(1) : '';
  for (const [pattern, id, names] of TABLE) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const data: Record<string, Phrase | string> = {};
    names.forEach((name, i) => {
      data[name] = word(m[i + 1]!);
    });
    return { messageId: id, data };
  }
  return text === '' ? { messageId: 'yamlInvalid', data: {} } : { messageId: 'yamlOther', data: { detail: text } };
}
