namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Ukrainian cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class UkrainianCues
{
    public const string Code = "uk";

    public const string Data = """
        [opening_hours] години роботи^5 | графік роботи^5 | працюєте^4 | відкриті^4
        до котрої^4 | о котрій^3
        [booking] записатися^4 | запис^4 | прийом^3 | до лікаря^3 | візит^2
        [rescheduling] перенести^6 | інший день^3 | інший час^3
        [cancelling] скасувати^6 | відмінити^6 | не зможу прийти^5
        [refill_request] рецепт^4 | ліки^2 | таблетки^2 | закінчилися^3 | продовжити рецепт^5
        [insurance_accepted] страховка^4 | страхування^4 | поліс^4 | страхова^4
        [directions] адреса^4 | де ви знаходитесь^5 | як дістатися^4 | парковка^4 | автобус^3
        [intake_form] анкета^4 | форма^4 | бланк^4 | заповнити^3
        [billing_question] рахунок^4 | оплата^3 | скільки коштує^4 | ціна^4 | вартість^4
        [speak_to_person] поговорити з^4 | людиною^5 | адміністратор^4 | передзвоніть^5
        [small_talk] дякую | добре | ок | привіт | вітаю | чудово | зрозуміло
        [clinical] це нормально | чи нормально | чи можна приймати | яка доза | скільки мг
        побічні ефекти
        це небезпечно | антибіотик | чи варто хвилюватися
        """;
}
