using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>Collects kinds and their evidence without duplicates.</summary>
internal sealed class KindCollector
{
    /// <summary>
    /// Spans kept per kind. A reviewer needs a few; a 10 kB message repeating one phrase would
    /// otherwise produce thousands.
    /// </summary>
    private const int MaxSpansPerKind = 8;

    private static readonly int KindCount = Enum.GetValues<EmergencyKind>().Length;

    private readonly bool[] _kinds = new bool[KindCount];
    private readonly int[] _spanCounts = new int[KindCount];
    private readonly HashSet<EvidenceSpan> _seen = [];
    private readonly List<EvidenceSpan> _evidence = [];

    public bool Has(EmergencyKind kind) => _kinds[(int)kind];

    public bool Any => Array.IndexOf(_kinds, true) >= 0;

    public void Add(EmergencyKind kind, params ReadOnlySpan<Hit?> support)
    {
        _kinds[(int)kind] = true;
        foreach (var hit in support)
        {
            if (hit is { } h)
            {
                AddSpan(kind, h.Start, h.End);
            }
        }
    }

    /// <summary>Drops a kind and its evidence, when another kind carries the message.</summary>
    public void Remove(EmergencyKind kind)
    {
        _kinds[(int)kind] = false;
        _spanCounts[(int)kind] = 0;
        _evidence.RemoveAll(e => e.Kind == kind);
        _seen.RemoveWhere(e => e.Kind == kind);
    }

    public void AddSpan(EmergencyKind kind, int start, int end)
    {
        var span = new EvidenceSpan(kind, start, end - start);
        if (_spanCounts[(int)kind] < MaxSpansPerKind && _seen.Add(span))
        {
            _evidence.Add(span);
            _spanCounts[(int)kind]++;
        }
    }

    public IReadOnlyList<EmergencyKind> Kinds()
    {
        var kinds = new List<EmergencyKind>();
        for (var i = 0; i < _kinds.Length; i++)
        {
            if (_kinds[i])
            {
                kinds.Add((EmergencyKind)i);
            }
        }

        return kinds;
    }

    public IReadOnlyList<EvidenceSpan> Evidence() =>
        [.. _evidence.OrderBy(e => e.Kind).ThenBy(e => e.Start)];
}
