using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Mail;

/// <summary>Messages, parcels and batches as the mail tests start them; sealing here only marks the value, as the data layer's key is not the domain's business.</summary>
internal static class MailTestData
{
    public static readonly Actor Caseworker = new("caseworker@test.example", null);
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly ParcelRules Rules = new(5000, ["knife", "razor blade", "SIM card"], true);

    public static string Seal<TId>(TId id, string field, string plain) => $"sealed:{field}:{plain}";

    public static MessageDraft Draft(PersonId person, MessageDirection direction = MessageDirection.ToDetainee, MessageKind kind = MessageKind.RedCrossMessage, EnquiryId? enquiry = null) =>
        new(kind, direction, person, enquiry, "Олена Коваленко", "Полтава", "mother", "UK", "  Ми живі.  ", MailIntake.Caseworker, null);

    public static Message Message(PersonId? person = null, MessageDirection direction = MessageDirection.ToDetainee, EnquiryId? enquiry = null) =>
        Kinlink.Domain.Mail.Message.Create(Draft(person ?? PersonId.New(), direction, enquiry: enquiry), null, Seal, Caseworker, Now);

    public static Message ClearedMessage(PlaceId place, PartyId party, PersonId? person = null, EnquiryId? enquiry = null)
    {
        var message = Message(person, enquiry: enquiry);
        message.RouteTo(place, party, Caseworker, Now);
        message.RecordCheck(MessageCheckOutcome.Passed, null, Caseworker, Now);
        return message;
    }

    public static ParcelLineDraft Line(ParcelCategory category, string description, int quantity = 1, int grams = 500) => new(category, description, quantity, grams);

    public static Parcel Parcel(params ParcelLineDraft[] lines) =>
        Kinlink.Domain.Mail.Parcel.Create(new ParcelDraft(PersonId.New(), EnquiryId.New(), " Олена ", " Полтава ", MailIntake.Caseworker,
            lines.Length > 0 ? lines : [Line(ParcelCategory.Food, "Tinned meat", 4, 1600), Line(ParcelCategory.Hygiene, "Soap", 2, 300)]), Rules, Seal, Caseworker, Now);

    public static Parcel RoutedParcel(PlaceId place, PartyId party)
    {
        var parcel = Parcel();
        parcel.RouteTo(place, party, Caseworker, Now);
        return parcel;
    }
}
