namespace Ward.Compliance.Disclosure.Terms;

/// <summary>How one word of a term meets one word of the text.</summary>
internal enum TermMode
{
    /// <summary>The whole word: "dose" meets "dose" but not "dosenbier".</summary>
    Exact,

    /// <summary>Written <c>word*</c>: the text's word starts with it ("diabet*").</summary>
    Prefix,

    /// <summary>Written <c>*word</c>: the text's word ends with it ("*krebs").</summary>
    Suffix,

    /// <summary>Written <c>*word*</c>: the text's word contains it ("*schmerz*").</summary>
    Contains,
}
