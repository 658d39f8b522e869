namespace Ward.Cli;

/// <summary>Counts of hits, misses and false alarms for one kind or language.</summary>
internal sealed class Tally
{
    private int _truePositives;
    private int _falseNegatives;
    private int _falsePositives;

    public static Tally For(Dictionary<string, Tally> tallies, string name)
    {
        if (!tallies.TryGetValue(name, out var tally))
        {
            tallies[name] = tally = new Tally();
        }

        return tally;
    }

    public static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0} % ({part}/{whole})";

    public void Count(bool expected, bool found)
    {
        _truePositives += expected && found ? 1 : 0;
        _falseNegatives += expected && !found ? 1 : 0;
        _falsePositives += !expected && found ? 1 : 0;
    }

    public override string ToString() =>
        $"{Percent(_truePositives, _truePositives + _falseNegatives),-18} "
        + Percent(_truePositives, _truePositives + _falsePositives);
}
