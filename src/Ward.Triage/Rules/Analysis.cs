using Ward.Triage.Matching;
using Ward.Triage.Text;

namespace Ward.Triage.Rules;

/// <summary>The hits of one message and which of them survived the context rules.</summary>
internal sealed class Analysis
{
    public Analysis(NormalizedText text, List<Hit> hits)
    {
        Text = text;
        Hits = hits;
        Active = new bool[hits.Count];
        Array.Fill(Active, true);
    }

    public NormalizedText Text { get; }

    public List<Hit> Hits { get; }

    /// <summary>False for hits cancelled by negation, history, hypothesis or idiom.</summary>
    public bool[] Active { get; }

    /// <summary>True if an active hit carries the signal.</summary>
    public bool Has(Signal signal)
    {
        for (var i = 0; i < Hits.Count; i++)
        {
            if (Active[i] && Hits[i].Signal == signal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first active hit with the signal, if any.</summary>
    public Hit? First(Signal signal)
    {
        for (var i = 0; i < Hits.Count; i++)
        {
            if (Active[i] && Hits[i].Signal == signal)
            {
                return Hits[i];
            }
        }

        return null;
    }

    /// <summary>Counts distinct token positions of active hits with the signal.</summary>
    public int CountDistinct(Signal signal)
    {
        var count = 0;
        var lastStart = -1;
        for (var i = 0; i < Hits.Count; i++)
        {
            if (Active[i] && Hits[i].Signal == signal && Hits[i].FirstToken != lastStart)
            {
                count++;
                lastStart = Hits[i].FirstToken;
            }
        }

        return count;
    }

    /// <summary>True if any hit, active or not, carries the signal.</summary>
    public bool Mentions(Signal signal) => Hits.Exists(h => h.Signal == signal);
}
