namespace Ward.Triage.Text;

/// <summary>Accumulates folded characters, their origins and token boundaries.</summary>
internal sealed class TextBuilder
{
    private readonly List<TokenInfo> _tokens = [];

    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    private int _length;
    private int _tokenStart = -1;
    private int _clause;
    private int _sentence;
    private bool _pendingClause;
    private bool _pendingSentence;

    public TextBuilder(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public int Length => _length;

    public char Last => _length == 0 ? '\0' : _chars[_length - 1];

    public bool InToken => _tokenStart >= 0;

    /// <summary>Appends a character that belongs to the current (or a new) token.</summary>
    public void Append(char c, int origStart, int origEnd)
    {
        if (_tokenStart < 0)
        {
            BeginToken();
        }

        Grow();
        _chars[_length] = c;
        _starts[_length] = origStart;
        _ends[_length] = origEnd;
        _length++;
    }

    /// <summary>Stretches the last character's origin, used when repeats collapse.</summary>
    public void ExtendLast(int origEnd) => _ends[_length - 1] = origEnd;

    /// <summary>Ends the current token; the break kind scopes negation and history cues.</summary>
    public void Break(CharClass kind)
    {
        EndToken();
        _pendingClause |= kind is CharClass.ClauseBreak or CharClass.SentenceBreak;
        _pendingSentence |= kind == CharClass.SentenceBreak;
    }

    /// <summary>Ends the current token and gives the next one an explicit scope.</summary>
    public void StartToken(int clause, int sentence)
    {
        EndToken();
        _pendingClause = false;
        _pendingSentence = false;
        _clause = clause;
        _sentence = sentence;
    }

    public NormalizedText Build()
    {
        EndToken();
        var text = new string(_chars, 0, _length);
        return new NormalizedText(text, _starts[.._length], _ends[.._length], [.. _tokens]);
    }

    private void BeginToken()
    {
        if (_tokens.Count > 0)
        {
            Grow();
            var previousEnd = _ends[_length - 1];
            _chars[_length] = ' ';
            _starts[_length] = previousEnd;
            _ends[_length] = previousEnd;
            _length++;
            _clause += _pendingClause ? 1 : 0;
            _sentence += _pendingSentence ? 1 : 0;
        }

        _pendingClause = false;
        _pendingSentence = false;
        _tokenStart = _length;
    }

    private void EndToken()
    {
        if (_tokenStart >= 0)
        {
            _tokens.Add(new TokenInfo(_tokenStart, _length, _clause, _sentence));
            _tokenStart = -1;
        }
    }

    private void Grow()
    {
        if (_length < _chars.Length)
        {
            return;
        }

        Array.Resize(ref _chars, _chars.Length * 2);
        Array.Resize(ref _starts, _chars.Length);
        Array.Resize(ref _ends, _chars.Length);
    }
}
