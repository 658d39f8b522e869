namespace Ward.Triage.Text;

/// <summary>How the normaliser treats one character.</summary>
internal enum CharClass : byte
{
    /// <summary>Whitespace, symbols and anything else that only separates words.</summary>
    Space,

    /// <summary>A letter or a combining mark (Indic vowel signs are marks, not letters).</summary>
    Letter,

    /// <summary>A decimal digit of any script, folded to ASCII.</summary>
    Digit,

    /// <summary>Comma, colon, brackets, dashes: ends a clause (negation scope).</summary>
    ClauseBreak,

    /// <summary>Full stop, question and exclamation marks, semicolon, line break.</summary>
    SentenceBreak,

    /// <summary>
    /// Apostrophes, optional vowel marks, zero-width joiners: dropped without splitting the
    /// word, so "don't" and "dont" read the same.
    /// </summary>
    Ignorable,
}
