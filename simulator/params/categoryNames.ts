/** Names of segments, channels and tones in parameter descriptions, in English and German. */

export const SEGMENT_NAMES_EN: Record<string, string> = {
  forgetful: "forgetful",
  illiquid: "temporarily illiquid",
  overIndebted: "over-indebted",
  unwilling: "unwilling",
  unreachable: "unreachable"
};

export const SEGMENT_NAMES_DE: Record<string, string> = {
  forgetful: "vergesslich",
  illiquid: "vorübergehend zahlungsunfähig",
  overIndebted: "überschuldet",
  unwilling: "zahlungsunwillig",
  unreachable: "unerreichbar"
};

export const CHANNEL_NAMES_EN: Record<string, string> = { letter: "letter", email: "e-mail", sms: "SMS", phoneAgent: "agent call", voiceBot: "voice bot" };
export const CHANNEL_NAMES_DE: Record<string, string> = { letter: "Brief", email: "E-Mail", sms: "SMS", phoneAgent: "Anruf (Mensch)", voiceBot: "Voicebot" };
export const TONE_NAMES_DE: Record<string, string> = { empathetic: "empathisch", neutral: "sachlich", firm: "bestimmt", deterrent: "abschreckend" };
