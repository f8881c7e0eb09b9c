using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Demo;

/// <summary>
/// Mail for the demo, built with the domain types and sealed as every intake seals it. Per party: messages to the persons
/// held at its busiest places in every status (received, cleared, passed with parts struck out, withheld, in transit,
/// delivered on a visit and by the authority, undeliverable for each reason), messages from them (a capture card, letters,
/// a reply to a family's message), parcels cleared, refused with their reasons, in transit, delivered against a receipt and
/// returned; one open and one dispatched batch; enough delivered items, over weeks, for the delivery times to say
/// something. RU states a mail limit below the art. 71 minimum. One item is still routed to a place its addressee has
/// left (it needs rerouting) and one was stopped because its addressee died, with the family's case flagged.
/// </summary>
internal static class DemoMail
{
    private static readonly Actor Caseworker = new("caseworker@kinlink.example", null);
    private static readonly Actor Delegate = new("delegate@kinlink.example", null);

    private static readonly string[] Texts =
    [
        "Сину, ми всі живі й здорові. Чекаємо на тебе вдома. Мама.",
        "Дорогой, у нас всё хорошо, дети ходят в школу. Пиши, как сможешь.",
        "Тату, я вступив до університету. Бережи себе.",
        "Брат, мы получили твою карточку. Все живы. Держись.",
    ];

    public static async Task AddAsync(KinlinkDbContext db, FieldEncryption encryption, IReadOnlyList<Person> persons, IReadOnlyList<Party> parties, IReadOnlyList<PlaceOfDetention> places, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sealMessage = MailSeals.ForMessages(encryption);
        var sealParcel = MailSeals.ForParcels(encryption);
        var rules = new ParcelRules(MailSettings.DefaultMaxParcelWeightGrams, MailSettings.DefaultForbiddenItems, true);
        var held = persons
            .Where(p => p.MergedIntoId is null && p.CurrentPlaceId is not null && VisitQueries.HeldStatuses.Contains(p.CurrentStatus))
            .GroupBy(p => p.CurrentPlaceId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id.Value).ToList());
        var located = await db.Enquiries.AsNoTracking().Where(e => e.PersonId != null).Select(e => new { e.Id, PersonId = e.PersonId!.Value }).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().Select(v => new { v.Id, v.PlaceId, v.EndedOn }).ToListAsync(cancellationToken);

        foreach (var party in parties.Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var authority = new Actor($"bureau.{party.Code.ToLowerInvariant()}@kinlink.example", party.Code);
            var busiest = places.Where(p => p.HoldingPartyId == party.Id && held.ContainsKey(p.Id))
                .OrderByDescending(p => held[p.Id].Count).ThenBy(p => p.Code, StringComparer.Ordinal).Take(3).ToList();
            if (busiest.Count < 3)
            {
                continue;
            }

            var n = 0;
            Person Next(PlaceOfDetention place) => held[place.Id][(n++ * 7) % held[place.Id].Count];
            EnquiryId? EnquiryOf(Person person) => located.FirstOrDefault(e => e.PersonId == person.Id) is { } e ? e.Id : null;

            Message ToDetainee(Person person, MessageKind kind, int daysAgo, PlaceOfDetention? routedTo = null)
            {
                var at = now.AddDays(-daysAgo).AddHours(-2);
                var message = Message.Create(new MessageDraft(kind, MessageDirection.ToDetainee, person.Id, EnquiryOf(person),
                        "Галина Коваленко", "вул. Соборна 12, Полтава 36000", "mother", "uk", Texts[n % Texts.Length], MailIntake.Caseworker, null),
                    null, sealMessage, Caseworker, at);
                message.RouteTo(routedTo?.Id ?? person.CurrentPlaceId!.Value, party.Id, Caseworker, at);
                db.Messages.Add(message);
                return message;
            }

            Message FromDetainee(Person person, MessageKind kind, int daysAgo, Message? inReplyTo = null)
            {
                var at = now.AddDays(-daysAgo).AddHours(-1);
                var message = Message.Create(new MessageDraft(kind, MessageDirection.FromDetainee, person.Id, EnquiryOf(person) ?? inReplyTo?.EnquiryId,
                        kind == MessageKind.CaptureCard ? "" : "Галина Коваленко", "", "mother", "ru", "Мама, я жив, здоров, нахожусь в лагере. Не волнуйтесь.", MailIntake.Delegate, inReplyTo?.Id),
                    inReplyTo, sealMessage, Delegate, at);
                db.Messages.Add(message);
                return message;
            }

            Parcel NewParcel(Person person, int daysAgo, params ParcelLineDraft[] lines)
            {
                var at = now.AddDays(-daysAgo).AddHours(-3);
                var parcel = Parcel.Create(new ParcelDraft(person.Id, EnquiryOf(person), "Галина Коваленко", "вул. Соборна 12, Полтава 36000", MailIntake.Caseworker,
                    lines.Length > 0 ? lines : [new ParcelLineDraft(ParcelCategory.Clothing, "warm socks", 4, 400), new ParcelLineDraft(ParcelCategory.Food, "biscuits", 3, 600), new ParcelLineDraft(ParcelCategory.Hygiene, "soap", 2, 200)]),
                    rules, sealParcel, Caseworker, at);
                if (parcel.Status == MailStatus.Cleared)
                {
                    parcel.RouteTo(person.CurrentPlaceId!.Value, party.Id, Caseworker, at);
                }

                db.Parcels.Add(parcel);
                return parcel;
            }

            void Checked(Message message, MessageCheckOutcome outcome = MessageCheckOutcome.Passed, string? note = null) =>
                message.RecordCheck(outcome, note, authority, message.ReceivedAt.AddDays(2));

            var (first, second, third) = (busiest[0], busiest[1], busiest[2]);

            // To the persons held: every status.
            ToDetainee(Next(first), MessageKind.RedCrossMessage, 2);
            ToDetainee(Next(first), MessageKind.Letter, 12);
            Checked(ToDetainee(Next(first), MessageKind.Card, 9));
            Checked(ToDetainee(Next(second), MessageKind.Letter, 10), MessageCheckOutcome.PassedWithPartsStruckOut, "Line 4: the name of a military unit.");
            Checked(ToDetainee(Next(second), MessageKind.Letter, 14), MessageCheckOutcome.Withheld, "Mentions the position of troops.");

            // Delivered over the past weeks, so the delivery times have a spread: by the authority and by delegates on visits.
            var visitAtFirst = visits.Where(v => v.PlaceId == first.Id).OrderByDescending(v => v.EndedOn).FirstOrDefault();
            Message? deliveredOnVisit = null;
            for (var i = 0; i < 12; i++)
            {
                var place = busiest[i % 3];
                var message = ToDetainee(Next(place), i % 3 == 2 ? MessageKind.Card : MessageKind.RedCrossMessage, 70 - (i * 4));
                Checked(message);
                var onVisit = i == 0 && visitAtFirst is not null && place == first;
                var deliveredAt = message.ReceivedAt.AddDays(6 + (i % 5 * (party.Code == "RU" ? 5 : 3)));
                if (onVisit)
                {
                    message.Deliver(DeliveryChannel.DelegateOnVisit, visitAtFirst!.Id, "Handed over in person.", Delegate, deliveredAt);
                    deliveredOnVisit = message;
                }
                else
                {
                    message.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, authority, deliveredAt);
                }
            }

            foreach (var (reason, note, daysAgo) in new[]
            {
                (UndeliverableReason.Transferred, "Transferred; the new place is not known to the camp.", 40),
                (UndeliverableReason.Unknown, "No one of this name at the camp.", 35),
                (UndeliverableReason.RefusedByAddressee, "Did not want to receive it.", 30),
            })
            {
                var message = ToDetainee(Next(third), MessageKind.Letter, daysAgo);
                Checked(message);
                message.MarkUndeliverable(reason, note, authority, message.ReceivedAt.AddDays(12));
            }

            // From the persons held: a capture card, letters, and a reply to a family's message.
            var captureCard = FromDetainee(Next(first), MessageKind.CaptureCard, 20);
            captureCard.RecordCheck(MessageCheckOutcome.Passed, null, authority, captureCard.ReceivedAt.AddDays(1));
            captureCard.Deliver(DeliveryChannel.ToFamily, null, "Read to the mother by phone, then posted.", Caseworker, captureCard.ReceivedAt.AddDays(5));
            FromDetainee(Next(second), MessageKind.Letter, 4);
            FromDetainee(Next(second), MessageKind.Card, 6);
            if (deliveredOnVisit is not null)
            {
                var addressee = persons.First(p => p.Id == deliveredOnVisit.PersonId);
                var reply = FromDetainee(addressee, MessageKind.RedCrossMessage, 5, deliveredOnVisit);
                reply.RecordCheck(MessageCheckOutcome.Passed, null, authority, reply.ReceivedAt.AddDays(1));
            }

            // Parcels: refused with a reason for each broken rule, returned, cleared, batched, delivered against the receipt.
            NewParcel(Next(first), 8, new ParcelLineDraft(ParcelCategory.Food, "smoked sausage", 2, 800), new ParcelLineDraft(ParcelCategory.Books, "a novel", 1, 400),
                new ParcelLineDraft(ParcelCategory.Other, "a bottle of vodka", 1, 700));
            var returned = NewParcel(Next(second), 30, new ParcelLineDraft(ParcelCategory.Clothing, "winter coat", 1, 4500), new ParcelLineDraft(ParcelCategory.Food, "honey", 2, 1200));
            returned.Return("Sent back to the sender with the reasons.", Caseworker, now.AddDays(-25));
            var delivered = NewParcel(Next(first), 45);
            delivered.Deliver(DeliveryChannel.AuthorityConfirmed, null, ParcelReceiptSigner.PrisonersRepresentative, "Петренко Василь", null, authority, delivered.ReceivedAt.AddDays(16));
            var openBatchParcel = NewParcel(Next(second), 3);
            var inTransitParcel = NewParcel(Next(first), 15);
            var inTransitMessage = ToDetainee(Next(first), MessageKind.Letter, 16);
            Checked(inTransitMessage);
            var lateMessage = ToDetainee(Next(first), MessageKind.RedCrossMessage, 50);
            Checked(lateMessage);

            var late = MailBatch.Create(first.Id, party.Id, "By courier with the delegation.", Caseworker, now.AddDays(-46));
            db.MailBatches.Add(late);
            lateMessage.AddToBatch(late);
            late.Dispatch([lateMessage], Caseworker, now.AddDays(-45));
            var dispatched = MailBatch.Create(first.Id, party.Id, "By courier.", Caseworker, now.AddDays(-11));
            db.MailBatches.Add(dispatched);
            inTransitParcel.AddToBatch(dispatched);
            inTransitMessage.AddToBatch(dispatched);
            dispatched.Dispatch([inTransitParcel, inTransitMessage], Caseworker, now.AddDays(-10));
            var open = MailBatch.Create(second.Id, party.Id, "Next courier run.", Caseworker, now.AddDays(-1));
            db.MailBatches.Add(open);
            openBatchParcel.AddToBatch(open);

            // Routed, when it came in, to a place its addressee has since left: it needs rerouting.
            ToDetainee(Next(second), MessageKind.Letter, 7, routedTo: third);

            // Stopped: the addressee died; the family's case is flagged for the caseworker to tell them.
            var dead = persons.FirstOrDefault(p => p.CurrentStatus == PersonStatus.Dead && p.MergedIntoId is null && located.Any(e => e.PersonId == p.Id))
                ?? persons.FirstOrDefault(p => p.CurrentStatus == PersonStatus.Dead && p.MergedIntoId is null);
            if (dead is not null && party.Code == "RU")
            {
                var at = now.AddDays(-18);
                var stopped = Message.Create(new MessageDraft(MessageKind.RedCrossMessage, MessageDirection.ToDetainee, dead.Id, EnquiryOf(dead), "Галина Коваленко", "", "mother", "uk",
                    Texts[0], MailIntake.Caseworker, null), null, sealMessage, Caseworker, at);
                stopped.RouteTo(first.Id, party.Id, Caseworker, at);
                stopped.Stop(UndeliverableReason.Died, Caseworker, now.AddDays(-17));
                db.Messages.Add(stopped);
            }

            db.PartyMailLimits.Add(party.Code == "RU"
                ? PartyMailLimit.Create(party.Id, 1, 2, DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-3), "Note verbale: one letter and two cards a month.", Caseworker, now.AddDays(-90))
                : PartyMailLimit.Create(party.Id, null, null, DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-3), "Does not limit mail.", Caseworker, now.AddDays(-90)));
        }
    }
}
