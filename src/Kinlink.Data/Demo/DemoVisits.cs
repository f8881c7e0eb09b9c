using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Demo;

/// <summary>
/// Visits for the demo: per party, visit requests at every point of their life (awaiting, overdue, accepted, accepted in
/// part with per-person refusals, refused with a reason, another date proposed, withdrawn, visited), and visits to three
/// places of each party that saw part of the persons held there (and missed some, for a reason), with a few private
/// interviews, the persons' wishes, follow-up actions open, overdue and done, and findings sealed as every other path
/// seals them. An older visit to one place leaves the persons seen only then overdue, so coverage has every shade.
/// </summary>
internal static class DemoVisits
{
    private static readonly Actor Caseworker = new("caseworker@kinlink.example", null);
    private static readonly Actor Delegate = new("delegate@kinlink.example", null);

    /// <summary>The share of the persons held at each visited place a delegate saw: the places differ, so the coverage page shows it.</summary>
    private static readonly double[] SeenShares = [0.6, 0.35, 0.15];

    public static async Task AddAsync(KinlinkDbContext db, FieldEncryption encryption, IReadOnlyList<Person> persons, IReadOnlyList<Party> parties, IReadOnlyList<PlaceOfDetention> places, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(20_221_107);
        var held = persons
            .Where(p => p.MergedIntoId is null && p.CurrentPlaceId is not null && VisitQueries.HeldStatuses.Contains(p.CurrentStatus))
            .GroupBy(p => p.CurrentPlaceId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id.Value).ToList());
        var confidential = new List<(VisitPerson Row, PersonId PersonId, string Note)>();
        foreach (var party in parties.Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var liaison = new Actor($"liaison.{party.Code.ToLowerInvariant()}@kinlink.example", party.Code);
            var busiest = places.Where(p => p.HoldingPartyId == party.Id && held.ContainsKey(p.Id))
                .OrderByDescending(p => held[p.Id].Count).ThenBy(p => p.Code, StringComparer.Ordinal).Take(4).ToList();
            if (busiest.Count < 4)
            {
                continue;
            }

            // Answer times differ between the parties, so the answers table says something.
            var slowness = party.Code == "RU" ? 2 : 1;
            AddRequests(db, party, liaison, busiest, held, now, slowness);

            for (var i = 0; i < SeenShares.Length; i++)
            {
                var place = busiest[i];
                var atPlace = held[place.Id];
                var visitedRequest = i == 0 ? AddVisitedRequest(db, party, liaison, place, atPlace, now, slowness) : null;
                var endedOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(visitedRequest is null ? 20 + (i * 25) : 39));
                var interviewsAllowed = i != 2;
                var visit = Visit.Create(new VisitDraft(place.Id, visitedRequest?.Id, endedOn.AddDays(-1), endedOn,
                        ["Delegate Demo", party.Code == "RU" ? "Interpreter (Russian)" : "Interpreter (Ukrainian)"], AllPlacesSeen: i != 1, interviewsAllowed, DetaineeListProvided: true,
                        interviewsAllowed ? null : "Private interviews were not allowed on this visit; raised with the authority."),
                    party.Id, Delegate, new DateTimeOffset(endedOn.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero));
                db.Visits.Add(visit);
                visitedRequest?.MarkVisited(visit.Id, Delegate, visit.RecordedAt);

                var seenCount = (int)Math.Round(atPlace.Count * SeenShares[i]);
                var notSeen = Enum.GetValues<VisitNotSeenReason>().Where(r => r != VisitNotSeenReason.None).ToList();
                for (var k = 0; k < Math.Min(atPlace.Count, seenCount + 6); k++)
                {
                    var person = atPlace[k];
                    var seen = k < seenCount;
                    var interview = seen && interviewsAllowed && k % 25 == 3;
                    var row = visit.RecordPerson(new VisitPersonDraft(person.Id, seen,
                        seen ? VisitNotSeenReason.None : notSeen[random.Next(notSeen.Count)],
                        seen ? null : "Named on the list; not met on the day.",
                        interview,
                        seen && k % 9 == 1 ? "A Red Cross message to his mother: he is well." : null,
                        seen && k % 13 == 2 ? "Inform his wife of his place of detention." : null));
                    if (interview)
                    {
                        confidential.Add((row, person.Id, "Spoke freely; reports too little food in winter and asks for a medical examination."));
                    }
                }

                visit.SetSealedFindings(
                    encryption.Encrypt($"Conditions at {place.Code}: barracks overcrowded; water available; medical post without a doctor at night.", VisitSealing.FindingsPurpose(visit.Id)),
                    encryption.Encrypt("Ask the authority for a night doctor; repeat the visit within three months.", VisitSealing.RecommendationsPurpose(visit.Id)));
                AddFollowUps(db, visit, atPlace[0].Id, endedOn, now);
            }

            // An older visit to the fourth place: whom it saw are now overdue, though seen once.
            var old = busiest[3];
            var oldOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-200);
            var oldVisit = Visit.Create(new VisitDraft(old.Id, null, oldOn, oldOn, ["Delegate Demo"], true, true, false, "No list of detainees was given; the delegates drew one up."),
                party.Id, Delegate, new DateTimeOffset(oldOn.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero));
            db.Visits.Add(oldVisit);
            foreach (var person in held[old.Id].Take(held[old.Id].Count / 4))
            {
                oldVisit.RecordPerson(new VisitPersonDraft(person.Id, true, VisitNotSeenReason.None, null, false, null, null));
            }
        }

        foreach (var (row, personId, note) in confidential)
        {
            // Sealed with the person's key, so erasing the person erases the note.
            row.SetSealedNote(await encryption.EncryptForPersonAsync(personId, note, cancellationToken));
        }
    }

    /// <summary>Requests at every point but visited (and withdrawn, which the answers leave out).</summary>
    private static void AddRequests(KinlinkDbContext db, Party party, Actor liaison, List<PlaceOfDetention> places, Dictionary<PlaceId, List<Person>> held, DateTimeOffset now, int slowness)
    {
        var people = held[places[1].Id].Skip(30).Take(12).ToList();
        VisitRequest Request(int daysAgo, PlaceOfDetention? place, IEnumerable<Person> named, VisitPersonReason reason, VisitPriority priority, string purpose)
        {
            var at = now.AddDays(-daysAgo).AddHours(-3);
            var from = DateOnly.FromDateTime(at.UtcDateTime).AddDays(21);
            var request = VisitRequest.Create(new VisitRequestDraft(party.Id, place?.Id, from, from.AddDays(7), purpose, priority,
                named.Select(p => new RequestedPerson(p.Id, reason)).ToList()), Caseworker, at);
            db.VisitRequests.Add(request);
            return request;
        }

        Request(3, places[2], [], VisitPersonReason.Named, VisitPriority.Routine, "Periodic visit to the whole place.");
        Request(25, null, people.Take(2), VisitPersonReason.SeriouslyIll, VisitPriority.Urgent, "Two detainees reported seriously wounded; medical check.");

        var accepted = Request(30, places[1], people.Skip(2).Take(2), VisitPersonReason.NeverVisited, VisitPriority.High, "Never visited since capture.");
        accepted.Answer(new VisitRequestAnswerDraft(VisitRequestStatus.Accepted, At(now, 12, 10), null, null, []), liaison, now.AddDays(-30 + (3 * slowness)));

        var partly = Request(40, places[1], people.Skip(4).Take(3), VisitPersonReason.FamilyEnquiryPending, VisitPriority.High, "Families ask for news of these three.");
        partly.Answer(new VisitRequestAnswerDraft(VisitRequestStatus.PartlyAccepted, At(now, 9, 9), null, "Two of three can be visited.",
            [new PersonAnswerDraft(people[4].Id, VisitPersonAnswer.Accepted, null),
             new PersonAnswerDraft(people[5].Id, VisitPersonAnswer.Refused, "Under investigation; visits suspended for now."),
             new PersonAnswerDraft(people[6].Id, VisitPersonAnswer.TransferredElsewhere, "Transferred to another place last month.")]), liaison, now.AddDays(-40 + (6 * slowness)));

        var refused = Request(50, places[0], people.Skip(7).Take(2), VisitPersonReason.NotVisitedRecently, VisitPriority.Routine, "Not visited for more than 90 days.");
        refused.Answer(new VisitRequestAnswerDraft(VisitRequestStatus.Refused, null, null, "Quarantine declared at the place; no visits for a month.", []), liaison, now.AddDays(-50 + (9 * slowness)));

        var otherDate = Request(15, places[3], people.Skip(9).Take(1), VisitPersonReason.Named, VisitPriority.Routine, "A detainee named by his family.");
        otherDate.Answer(new VisitRequestAnswerDraft(VisitRequestStatus.OtherDateProposed, null, At(now, 30, 10), "The dates asked clash with a transfer.", []), liaison, now.AddDays(-15 + (4 * slowness)));

        var withdrawn = Request(10, places[0], people.Skip(10).Take(1), VisitPersonReason.Named, VisitPriority.Routine, "Sent twice by mistake.");
        withdrawn.Withdraw("Duplicate of another request.", Caseworker, now.AddDays(-9));
    }

    /// <summary>A request accepted and then visited: the place's recent visit carries it.</summary>
    private static VisitRequest AddVisitedRequest(KinlinkDbContext db, Party party, Actor liaison, PlaceOfDetention place, List<Person> atPlace, DateTimeOffset now, int slowness)
    {
        var at = now.AddDays(-70);
        var from = DateOnly.FromDateTime(at.UtcDateTime).AddDays(28);
        var request = VisitRequest.Create(new VisitRequestDraft(party.Id, place.Id, from, from.AddDays(5), "Visit to the whole place and the persons never visited.", VisitPriority.High,
            atPlace.Take(3).Select(p => new RequestedPerson(p.Id, VisitPersonReason.NeverVisited)).ToList()), Caseworker, at);
        request.Answer(new VisitRequestAnswerDraft(VisitRequestStatus.Accepted, At(now, -40, 9), null, null, []), liaison, at.AddDays(2 * slowness));
        db.VisitRequests.Add(request);
        return request;
    }

    /// <summary>A day and hour in UTC, <paramref name="days"/> from today.</summary>
    private static DateTimeOffset At(DateTimeOffset now, int days, int hour) => new(now.UtcDateTime.Date.AddDays(days).AddHours(hour), TimeSpan.Zero);

    private static void AddFollowUps(KinlinkDbContext db, Visit visit, PersonId person, DateOnly visitedOn, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var at = visit.RecordedAt.AddHours(1);
        db.VisitFollowUps.Add(VisitFollowUp.Create(visit.Id, person, VisitFollowUpKind.MedicalReferral, "Refer to the regional hospital for an X-ray.", Caseworker.UserName, today.AddDays(10), Delegate, at));
        db.VisitFollowUps.Add(VisitFollowUp.Create(visit.Id, null, VisitFollowUpKind.QuestionToAuthority, "Ask why private interviews were cut short.", Caseworker.UserName, visitedOn.AddDays(7), Delegate, at));
        var done = VisitFollowUp.Create(visit.Id, person, VisitFollowUpKind.MessageToDeliver, "Deliver his message to his mother.", Delegate.UserName, visitedOn.AddDays(14), Delegate, at);
        done.ChangeState(VisitFollowUpState.Done, "Delivered by the partner society.", Delegate, at.AddDays(5));
        db.VisitFollowUps.Add(done);
    }
}
