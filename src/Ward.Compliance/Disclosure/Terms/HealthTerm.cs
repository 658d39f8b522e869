namespace Ward.Compliance.Disclosure.Terms;

/// <summary>A word or a phrase that marks health information of one kind.</summary>
internal sealed record HealthTerm(HealthInfoKind Kind, IReadOnlyList<TermWord> Words)
{
    public bool MeetsAt(IReadOnlyList<string> words, int start)
    {
        if (start + Words.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (!Words[i].Meets(words[start + i]))
            {
                return false;
            }
        }

        return true;
    }
}
