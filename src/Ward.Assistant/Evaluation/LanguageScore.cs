namespace Ward.Assistant.Evaluation;

/// <summary>Counts for one language (or all) of an evaluation.</summary>
public sealed class LanguageScore
{
    public int Messages { get; set; }

    public int Routine { get; set; }

    public int IntentRight { get; set; }

    public int WithEntry { get; set; }

    public int EntryRight { get; set; }

    public int Clinical { get; set; }

    public int Escalated { get; set; }

    public int FalseEscalations { get; set; }

    public int Answers { get; set; }

    public int Ungrounded { get; set; }

    public int LongMessages { get; set; }

    public int LanguageRight { get; set; }

    public static double Rate(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    public double IntentAccuracy => Rate(IntentRight, Routine);

    public double EntryAccuracy => Rate(EntryRight, WithEntry);

    public double EscalationRate => Rate(Escalated, Clinical);

    public double GroundedRate => Rate(Answers - Ungrounded, Answers);

    public double LanguageAccuracy => Rate(LanguageRight, LongMessages);
}
