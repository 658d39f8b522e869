using System.Text;

namespace Ward.Benchmarks.Triage;

/// <summary>
/// The texts the triage benchmarks decide: typical patient messages and 10 kB inputs, some of
/// them built to find slow paths in the matcher. Everything is deterministic (fixed seed).
/// </summary>
internal static class TriageTexts
{
    public const int LargeLength = 10 * 1024;

    /// <summary>How many texts <see cref="Typical"/> holds; attributes need a constant.</summary>
    public const int TypicalCount = 13;

    public static readonly string[] Typical =
    [
        "hi, what time do you open on saturday?",
        "Can I move my appointment on Thursday to next week? Thanks, Maria",
        "Hola, ¿a qué hora abren el sábado? Necesito recoger una receta.",
        "Здравейте, искам да запиша час за преглед следващата седмица.",
        "I've had a fever of 38.5 and a sore throat for three days, should I come in?",
        "Tengo tos y fiebre desde hace tres días, ¿debo pedir cita?",
        "Имам температура и кашлица от три дни, трябва ли да дойда?",
        "my chest hurts really bad and my left arm went numb",
        "honestly i dont want to be alive anymore",
        "Mi padre tiene un dolor muy fuerte en el pecho y no puede respirar",
        "Силна болка в гърдите, не мога да дишам",
        "no chest pain anymore, just need a follow up",
        LongRoutine(),
    ];

    public static IEnumerable<TriageInput> Large()
    {
        yield return new("10 kB normal text", Repeat(string.Join(' ', Typical[..7]) + ' '));
        yield return new("10 kB one letter", new string('a', LargeLength));
        yield return new("10 kB no no no", Repeat("no "));
        yield return new("10 kB punctuation", Punctuation());
        yield return new("10 kB one long word", Repeat("chestpainbreathingstroke"));
        yield return new("10 kB mixed scripts", Repeat("chest болка pecho гърди pain dolor "));
    }

    private static string LongRoutine()
    {
        var text = "Good morning, this is about my mother's repeat prescription for her blood "
            + "pressure tablets and her thyroid medication. The pharmacy says they have not "
            + "received anything from you yet and she has about four days left. Could someone "
            + "check whether the request went through, and if it did not, send it again to the "
            + "pharmacy on Main Street? She would also like to book her yearly check-up, ideally "
            + "on a Tuesday or Wednesday morning after nine. Thank you very much for your help.";
        return text.Length <= 500 ? text : text[..500];
    }

    private static string Repeat(string unit)
    {
        var builder = new StringBuilder(LargeLength + unit.Length);
        while (builder.Length < LargeLength)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, LargeLength);
    }

    private static string Punctuation()
    {
        const string marks = ".,;:!?-_()[]{}'\"/\\@#$%^&*+=<>|~` ";
        var random = new Random(20261203);
        var chars = new char[LargeLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = marks[random.Next(marks.Length)];
        }

        return new string(chars);
    }
}
