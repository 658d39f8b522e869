namespace Ward.Triage.Tests.DevSet;

/// <summary>The figures the triage is judged on, over a group of dev-set lines.</summary>
internal sealed class DevSetScore
{
    public int Emergencies { get; private set; }

    public int EmergenciesFound { get; private set; }

    public int NumbersRight { get; private set; }

    public int NonEmergencies { get; private set; }

    public int FalseEmergencies { get; private set; }

    public int Clinicals { get; private set; }

    public int ClinicalsFound { get; private set; }

    public int Lines { get; private set; }

    public int LanguagesRight { get; private set; }

    public double Recall => Ratio(EmergenciesFound, Emergencies);

    public double FalseRate => NonEmergencies == 0 ? 0 : (double)FalseEmergencies / NonEmergencies;

    public double NumbersRate => Ratio(NumbersRight, Emergencies);

    public double ClinicalRecall => Ratio(ClinicalsFound, Clinicals);

    /// <summary>Adds one line; returns false when the line was judged wrongly.</summary>
    public bool Add(DevSetLine line, TriageDecision decision)
    {
        Lines++;
        LanguagesRight += decision.Language == line.Lang ? 1 : 0;
        if (line.Expect == "emergency")
        {
            Emergencies++;
            var found = decision.Category == TriageCategory.Emergency;
            var numbers = decision.Numbers.SequenceEqual(line.Numbers);
            EmergenciesFound += found ? 1 : 0;
            NumbersRight += numbers ? 1 : 0;
            return found && numbers;
        }

        NonEmergencies++;
        var falseAlarm = decision.Category == TriageCategory.Emergency;
        FalseEmergencies += falseAlarm ? 1 : 0;
        if (line.Expect == "clinical")
        {
            Clinicals++;
            ClinicalsFound += decision.Category == TriageCategory.Clinical ? 1 : 0;
            return decision.Category == TriageCategory.Clinical;
        }

        return decision.Category == TriageCategory.Routine;
    }

    public override string ToString() =>
        $"recall {Recall:P1} ({EmergenciesFound}/{Emergencies}), "
        + $"false {FalseRate:P1} ({FalseEmergencies}/{NonEmergencies}), "
        + $"numbers {NumbersRate:P1}, clinical {ClinicalRecall:P1} ({ClinicalsFound}/{Clinicals}), "
        + $"language {LanguagesRight}/{Lines}";

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
