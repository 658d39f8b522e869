namespace Ward.Portal;

/// <summary>What can be wrong with a field of a portal form; <see cref="PortalWords"/> says
/// it in the page's language.</summary>
internal enum PortalProblem
{
    BadNumber,
    TooManyCodes,
    BadCode,
    BadDateOfBirth,
    CodeExpired,
    TooManyTries,
    WrongCode,
    WrongDateOfBirth,
    NoDateOfBirth,
    EmptyMessage,
    LongMessage,
}
