using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Diagnostic;

/// <summary>The person whose diagnosis a page shows, found only within the user's scope (<see cref="PerimetreDossiers"/>).</summary>
public sealed record PersonneDiagnostiquee(int Id, string Nom, string Prenoms, DateOnly DateNaissance)
{
    public string NomComplet => NomPersonne.Afficher(Nom, Prenoms);

    /// <returns>Null when the person does not exist, is another département's, or is out of the user's scope (all three: 404).</returns>
    public static Task<PersonneDiagnostiquee?> ChargerAsync(AppDbContext db, PerimetreDossiers perimetre, int personneId, CancellationToken ct) =>
        perimetre.Filtrer(db.Personnes)
            .Where(p => p.Id == personneId && p.FusionneeDansId == null)
            .Select(p => new PersonneDiagnostiquee(p.Id, p.Nom, p.Prenoms, p.DateNaissance))
            .SingleOrDefaultAsync(ct);
}
