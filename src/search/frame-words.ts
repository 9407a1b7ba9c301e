import { analyze } from './analyze.js';

/**
 * Words that frame a question rather than say what it is about ("what did the old policy say
 * happens…", "tell me…", "wats ur…"), as written. They are dropped from questions, not from the
 * index: the intent and version patterns have read them already.
 */
export const FRAME_WORDS: readonly string[] = `say says said saying tell tells told telling explain explains explained mention mentions mentioned
describe describes described state states stated happen happens happened happening mean means meant
know knows knew see sees saw seen look looks everything everyone anyone someone something nothing
ever really exactly actually basically even still okay ok guys guy folks wats ur im ive id pls plz
go goes going went gone come comes came make makes made put puts let lets think thinks wonder wondering
question questions ask asking asked answer find out learn curious sure hi hello hey thanks thank
old older previous prior original earlier former legacy outdated current new newer newest latest
present revised version versions policy policies privacy statement notice text wording
please would could might maybe perhaps probably also
become became becomes becoming whatever wherever whoever whichever whenever sometime sometimes
somewhere anywhere everywhere nowhere moreover furthermore meanwhile meantime whereas thereby
hereby herein wherein hereafter thereafter besides despite though towards throughout amongst indeed
anyway anyhow somehow whatsoever thought seems seemed kinda sorta`.split(/\s+/).filter(Boolean);

/** The frame words, analysed. */
export const FRAME_TERMS: ReadonlySet<string> = new Set(analyze(FRAME_WORDS.join(' ')));
