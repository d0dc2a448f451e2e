using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// Which agendas a user may open slots in and book slots from. A slot belongs to a structure's
/// agenda (and to one of its référents when given), so the rule is by structure:
/// <list type="bullet">
/// <item>agents départementaux, whole département or territoire, convene at any structure of their
/// département: a person may be received by a structure that serves another territoire (as they may be
/// oriented to it), the territoire limits the persons they act on (<see cref="Dossiers.PerimetreDossiers"/>),
/// not the agendas;</item>
/// <item>référents and structure heads use only the agendas of their own structures, any référent's slot
/// in them included (a structure shares its agenda).</item>
/// </list>
/// Other départements' slots are already invisible (tenant filter). The person a slot is booked for is
/// checked by the use case (<see cref="ServiceRendezVous"/>), this decides only the agenda.
/// </summary>
public sealed class PerimetreAgenda(IReadOnlyList<HabilitationCourante> habilitations)
{
    public static PerimetreAgenda De(CurrentUser user) => new(user.Habilitations);

    public bool ToutLeDepartement => habilitations.Any(h => h.Role == Role.AgentDepartemental);

    /// <summary>The user's own structures, as référent or structure head.</summary>
    public IReadOnlyList<int> Structures { get; } = habilitations
        .Where(h => h.Role is Role.Referent or Role.ResponsableStructure && h.StructureId is not null)
        .Select(h => h.StructureId!.Value).Distinct().ToList();

    public IQueryable<Structure> Filtrer(IQueryable<Structure> structures)
    {
        if (ToutLeDepartement) return structures;
        var siennes = Structures;
        return structures.Where(s => siennes.Contains(s.Id));
    }

    public IQueryable<Creneau> Filtrer(IQueryable<Creneau> creneaux)
    {
        if (ToutLeDepartement) return creneaux;
        var siennes = Structures;
        return creneaux.Where(c => siennes.Contains(c.StructureId));
    }
}
