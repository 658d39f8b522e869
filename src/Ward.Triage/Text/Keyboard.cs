namespace Ward.Triage.Text;

/// <summary>
/// Neighbouring keys on a QWERTY keyboard. A slip of the finger lands on a neighbour, so a
/// substituted letter counts as a typo only when the two keys touch.
/// </summary>
internal static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static bool AreNeighbours(char a, char b)
    {
        var (rowA, columnA) = Find(a);
        var (rowB, columnB) = Find(b);
        if (rowA < 0 || rowB < 0 || a == b)
        {
            return false;
        }

        // Each row is shifted by about half a key to the right of the one above it.
        var shift = (rowB - rowA) switch
        {
            0 => 0,
            1 => -1,
            -1 => 1,
            _ => int.MinValue,
        };
        if (shift == int.MinValue)
        {
            return false;
        }

        var delta = columnB - columnA;
        return shift == 0 ? Math.Abs(delta) == 1 : delta == 0 || delta == shift;
    }

    private static (int Row, int Column) Find(char c)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(c, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }

        return (-1, -1);
    }
}
