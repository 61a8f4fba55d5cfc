/** What story identity says of an article's text. */
export interface StoryAssignment {
  storyId: string;
  /** SHA-256 of the text's normalised words (contentHash). */
  contentHash: string;
  /** The article first seen with exactly this text, when that is another article. */
  duplicateOf?: string;
}
