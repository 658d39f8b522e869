using Ward.Compliance.Disclosure;

namespace Ward.Compliance.Tests.Disclosure;

public sealed class HealthInfoLanguageTests
{
    [Theory]
    [InlineData("Your HbA1c came back at 7.2%", HealthInfoKind.Result)]
    [InlineData("Your metformin refill is ready", HealthInfoKind.Medication)]
    [InlineData("Appointment for your blood pressure check", HealthInfoKind.AppointmentReason)]
    [InlineData("Follow-up for your depression on Monday", HealthInfoKind.Condition)]
    [InlineData("Your biopsy results are in", HealthInfoKind.Result)]
    [InlineData("Reminder: your mammogram is on Friday", HealthInfoKind.AppointmentReason)]
    [InlineData("Your chlamydia test was negative", HealthInfoKind.Condition)]
    [InlineData("Your knee surgery is on the 4th", HealthInfoKind.Procedure)]
    [InlineData("Lisinopril 10 tablets were sent", HealthInfoKind.Medication)]
    public void Find_English_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }

    [Theory]
    [InlineData("Su resultado de glucosa está listo", HealthInfoKind.Result)]
    [InlineData("Su receta de metformina está lista", HealthInfoKind.Medication)]
    [InlineData("Recordatorio: su mamografía es el lunes", HealthInfoKind.AppointmentReason)]
    [InlineData("Tiene una cita para su control de diabetes", HealthInfoKind.Condition)]
    [InlineData("La prueba de embarazo salió positiva", HealthInfoKind.Result)]
    [InlineData("Su cirugía está programada para el jueves", HealthInfoKind.Procedure)]
    [InlineData("Tome amoxicilina cada 8 horas", HealthInfoKind.Medication)]
    public void Find_Spanish_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }

    [Theory]
    [InlineData("Резултатите от кръвната картина са готови", HealthInfoKind.Result)]
    [InlineData("Рецептата за инсулин е готова", HealthInfoKind.Medication)]
    [InlineData("Имате час за ваксинация в понеделник", HealthInfoKind.AppointmentReason)]
    [InlineData("Диабетът ви е под контрол", HealthInfoKind.Condition)]
    [InlineData("Астмата ви се нуждае от преглед", HealthInfoKind.Condition)]
    [InlineData("Операцията е насрочена за четвъртък", HealthInfoKind.Procedure)]
    [InlineData("Вземайте метформин сутрин", HealthInfoKind.Medication)]
    public void Find_Bulgarian_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }

    [Theory]
    [InlineData("Ihre Blutwerte sind da", HealthInfoKind.Result)]
    [InlineData("Ihr Rezept für Ibuprofen liegt bereit", HealthInfoKind.Medication)]
    [InlineData("Termin zur Grippeimpfung am Montag", HealthInfoKind.AppointmentReason)]
    [InlineData("Nachsorge bei Brustkrebs", HealthInfoKind.Condition)]
    [InlineData("Ihre Schilddrüsenwerte sind unauffällig", HealthInfoKind.Condition)]
    [InlineData("Ihre Operation ist am Donnerstag", HealthInfoKind.Procedure)]
    [InlineData("Gegen die Kopfschmerzen hilft Ruhe", HealthInfoKind.Condition)]
    public void Find_German_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }

    [Theory]
    [InlineData("Vos résultats d'analyse sont disponibles", HealthInfoKind.Result)]
    [InlineData("Votre ordonnance est prête", HealthInfoKind.Medication)]
    [InlineData("Votre vaccin contre la grippe est lundi", HealthInfoKind.AppointmentReason)]
    [InlineData("Votre diabète est stable", HealthInfoKind.Condition)]
    [InlineData("Votre opération est prévue jeudi", HealthInfoKind.Procedure)]
    [InlineData("Votre coloscopie est prévue lundi", HealthInfoKind.AppointmentReason)]
    [InlineData("Prenez l'amoxicilline deux fois par jour", HealthInfoKind.Medication)]
    public void Find_French_FindsKind(string text, HealthInfoKind expected)
    {
        var finding = HealthInfoDetector.Find(text);

        Assert.True(finding.Kinds.HasFlag(expected));
    }
}
