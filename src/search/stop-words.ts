/**
 * English function words dropped from index and query alike. Words that carry a question's intent
 * ("how long", "who", "not") are read by the intent patterns before this list applies.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
down during each either else etc ever every few for from further get gets getting got had hadn't has
hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
i'd i'll i'm i've if in into is isn't it it's its itself just let's like me might many more most much must
mustn't my myself need no nor not now of off on once only or other ought our ours ourselves out over own
please same shall shan't she she'd she'll she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've this those through
to too u ur under until up upon us very via want was wasn't way we we'd we'll we're we've were weren't
what what's when when's where where's whether which while who who's whom why why's will with won't would
wouldn't y'all ya yall yes you you'd you'll you're you've your yours yourself yourselves
till til anymore else one ones per regarding according thing things stuff anything something kind sort lot lots really actually hi hello hey thanks thank`
    .split(/\s+/)
    .filter(Boolean),
);
