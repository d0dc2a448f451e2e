using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EspacePersonnel;

public sealed record MonRendezVous(DateTime Debut, string Type, string Lieu);

/// <summary>The person's next appointments still planned.</summary>
public sealed class SectionRendezVous(AppDbContext db, HeureLegale heure) : ISectionEspacePersonnel
{
    public const int Nombre = 10;

    public int Ordre => 200;
    public string Vue => "/Features/EspacePersonnel/_RendezVous.cshtml";

    public async Task<object?> ChargerAsync(int personneId, CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var rdv = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => r.PersonneId == personneId && r.Statut == StatutRendezVous.Planifie && r.Debut >= maintenant)
            .OrderBy(r => r.Debut).Take(Nombre).Select(r => new { r.Debut, r.Type, r.Lieu }).ToListAsync(ct);
        return rdv.Select(r => new MonRendezVous(r.Debut, r.Type.Libelle(), r.Lieu)).ToList();
    }
}
