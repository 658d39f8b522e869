using Ward.Compliance.Disclosure;

namespace Ward.Compliance.Tests.Disclosure;

public sealed class HealthInfoDetectorTests
{
    [Theory]
    [InlineData("Your appointment is on Tuesday at 10:00 with Dr. Lee")]
    [InlineData("We are open 8-17 Monday to Friday")]
    [InlineData("Parking is behind the building")]
    [InlineData("Reply STOP to opt out")]
    [InlineData("Your request was received")]
    [InlineData("Su cita es el martes a las 10:00 con la Dra. Lee")]
    [InlineData("Estamos abiertos de lunes a viernes de 8 a 17")]
    [InlineData("Вашият час е във вторник в 10:00 при д-р Лий")]
    [InlineData("Работим от понеделник до петък от 8 до 17 ч.")]
    [InlineData("Ihr Termin ist am Dienstag um 10:00 Uhr bei Dr. Lee")]
    [InlineData("Parkplätze finden Sie hinter dem Gebäude")]
    [InlineData("Votre rendez-vous est mardi à 10h00 avec le Dr Lee")]
    [InlineData("Nous sommes ouverts du lundi au vendredi de 8h à 17h")]
    [InlineData("")]
    public void Find_Logistics_FindsNothing(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.Equal(HealthInfoKind.None, finding.Kinds);
        Assert.False(finding.Found);
    }

    [Theory]
    [InlineData("Our office will be closed on Labor Day")]
    [InlineData("Pueden aplicarse tarifas de su operador")]
    [InlineData("El estacionamiento está en la zona trasera")]
    [InlineData("Más información sobre el tratamiento de sus datos")]
    [InlineData("En savoir plus sur le traitement de vos données")]
    [InlineData("Die Praxis ist wegen einer Störung nicht erreichbar")]
    [InlineData("Wir haben Sie gestern besucht")]
    [InlineData("Процедурата за записване на час е проста")]
    [InlineData("В зависимост от графика ще ви се обадим")]
    [InlineData("Bitte melden Sie sich an der Rezeption")]
    public void Find_LogisticsWithLookalikeWords_FindsNothing(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.False(finding.Found);
    }

    [Theory]
    [InlineData("Your appointment was scancelled")]
    [InlineData("Ein Dosenbier bitte")]
    [InlineData("Please bring your pillow")]
    public void Find_TermInsideLongerWord_FindsNothing(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.False(finding.Found);
    }

    [Theory]
    [InlineData("Your scan is ready", HealthInfoKind.Result)]
    [InlineData("Take one dose in the morning", HealthInfoKind.Medication)]
    [InlineData("Die Dosis bleibt gleich", HealthInfoKind.Medication)]
    public void Find_WholeWord_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }

    [Theory]
    [InlineData("Take 500 mg twice a day")]
    [InlineData("Take 500mg twice a day")]
    [InlineData("Vitamin D3 1000 IU")]
    [InlineData("Levels 250 mcg")]
    [InlineData("Fasting value 110 mg/dL")]
    [InlineData("Wert 5,4 mmol/L")]
    [InlineData("Came back at 6.5%")]
    [InlineData("Pulse 88 bpm at rest")]
    [InlineData("Reading 135/85 mmHg")]
    [InlineData("Стойност 5,4 ммол/л")]
    public void Find_NumberWithClinicalUnit_FindsResult(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(HealthInfoKind.Result));
    }

    [Theory]
    [InlineData("Your DIABETES review")]
    [InlineData("your diabetes review")]
    [InlineData("Votre DIABÈTE")]
    [InlineData("votre diabete")]
    public void Find_CaseAndAccents_AreFolded(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(HealthInfoKind.Condition));
    }

    [Fact]
    public void Find_SeveralCategories_FindsAll()
    {
        var text = "Follow-up for your asthma: refill your inhaler and see your x-ray results";

        var finding = HealthInfoDetector.Find(text);

        var expected = HealthInfoKind.Condition | HealthInfoKind.Medication
            | HealthInfoKind.Result | HealthInfoKind.AppointmentReason;
        Assert.Equal(expected, finding.Kinds);
    }

    [Fact]
    public void Find_Compound_IsHealthInformation()
    {
        var finding = HealthInfoDetector.Find("Notes on insulinresistance");

        Assert.True(finding.Found);
    }

    [Theory]
    [InlineData("\uD83D diabetes")]
    [InlineData("diabetes \uDE00")]
    [InlineData("\uDE00\uD83D diabetes \uD83D")]
    public void Find_LoneSurrogate_StillFinds(string text)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.Equal(HealthInfoKind.Condition, finding.Kinds);
    }

    [Fact]
    public void Find_Emoji_SeparatesWords()
    {
        var finding = HealthInfoDetector.Find("asthma😷inhaler");

        Assert.Equal(HealthInfoKind.Condition | HealthInfoKind.Medication, finding.Kinds);
    }

    [Fact]
    public void Find_Finding_HoldsNoText()
    {
        var properties = typeof(HealthInfoFinding).GetProperties();

        Assert.DoesNotContain(properties, property => property.PropertyType == typeof(string));
    }
}
