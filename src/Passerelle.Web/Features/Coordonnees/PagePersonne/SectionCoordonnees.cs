using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Coordonnees.PagePersonne;

public sealed record LigneChangement(string Champ, string? Ancienne, string? Nouvelle, string Par, DateTime Le);

/// <summary>The contact block of the person page: phones, e-mail, consents, bounce, the last changes and the form.</summary>
public sealed class FicheCoordonnees
{
    public required int PersonneId { get; init; }
    public string? Telephone { get; init; }
    public string? Email { get; init; }
    public required CoordonneesPersonne Coordonnees { get; init; }
    public IReadOnlyList<LigneChangement> Changements { get; init; } = [];
    public bool PeutModifier { get; init; }

    public string? RaisonSansSms => Telephone is null ? null : RegleCoordonnees.RaisonSansSms(Telephone);
    public bool EmailEnErreur => Email is not null && Coordonnees.EmailEnErreur == Email;
}

public sealed class SectionCoordonnees(AppDbContext db, CurrentUser user) : ISectionPersonne
{
    private static readonly Role[] RolesModification = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];
    public const int ChangementsAffiches = 10;

    public int Ordre => 95;
    public string Vue => "/Features/Coordonnees/PagePersonne/_Section.cshtml";

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var coordonnees = await db.Set<CoordonneesPersonne>().AsNoTracking().FirstOrDefaultAsync(c => c.PersonneId == id, ct);
        List<LigneChangement> changements = coordonnees is null ? [] : await db.Set<ChangementCoordonnees>().AsNoTracking().Where(h => h.PersonneId == id)
            .OrderByDescending(h => h.Le).ThenByDescending(h => h.Id).Take(ChangementsAffiches)
            .Select(h => new LigneChangement(h.Champ, h.Ancienne, h.Nouvelle, h.Par, h.Le)).ToListAsync(ct);
        return new FicheCoordonnees
        {
            PersonneId = id,
            Telephone = personne.Telephone,
            Email = personne.Email,
            Coordonnees = coordonnees ?? new CoordonneesPersonne { PersonneId = id },
            Changements = changements,
            PeutModifier = RolesModification.Any(user.A),
        };
    }
}
