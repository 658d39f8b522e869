using System.Text;

namespace Ward.Storage.Audit;

/// <summary>Turns a practice id's UTF-8 bytes into a string, reusing the last one: events come
/// in runs of the same practice, so most rows need no new string.</summary>
internal sealed class PracticeNames
{
    private byte[] _lastBytes = [];
    private string _last = "";

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.SequenceEqual(_lastBytes))
        {
            _lastBytes = utf8.ToArray();
            _last = Encoding.UTF8.GetString(utf8);
        }

        return _last;
    }
}
