/**
 * Everyday words that look like a misspelt policy word, or two words run together, but are words
 * themselves: taken as written, never "corrected" ("car" is not "card", "five" is not "give",
 * "offline" is not "online", "inbox" is not "in box"), among them words of the software a
 * help page is about ("uptime" is not "up time", "integrations" not "interactions").
 *
 * The short ones are the 3- and 4-letter words among the 5,000 most frequent English words
 * (Wikipedia counts, as the popular-english-words package lists them) that the spelling correction
 * turned into a word of the vocabulary or of two real policies (Kayako's, GitHub's); names and
 * fragments of contractions left out.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  `inbox offline income outcome overall background inbound outbound headline workspace
integrations uptime downtime outage refunds seats premise iphone theme themes mailbox filters aliases
reset resets recover recovery unlock unlocked token tokens timeout renew renewal bot bots chatbot
translation translations signin
baby ban band bar bars bass bear beat bell best bold bond boys bus car cars case cast cat cave
cite clan coal coat cold core debt deck draw dual earn exit face fact fall fame farm feed feel
feet fell fine five flew food fort four fuel fund gang gas gift god gold half hard hell hero
hits hole hot idea inch jail lack laid lane late leaf led left legs lie lies life load logo lose
lost luck male man meat men mere met mid mine miss near net none note pair past peak peer pick
pink play plus poet poll poor pop pro pure rate rear red rice ride road rock rose sand sang seal
seat seed seek seem shot sing snow sock sole solo song span star suit tail tale tall tank tea
ten thin tie tier tour tree vast wall war warm wars wave week well west wide win wine wins worn`.split(/\s+/),
);
