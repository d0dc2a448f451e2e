using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.EspacePersonnel;

public sealed record MonReferent(string Nom, string Structure, DateOnly Depuis);

/// <param name="Referent">Null while nobody accompanies the person.</param>
public sealed record FicheMonReferent(MonReferent? Referent);

/// <summary>The person's référent unique of the open designation, if any.</summary>
public sealed class SectionReferent(AppDbContext db) : ISectionEspacePersonnel
{
    public int Ordre => 100;
    public string Vue => "/Features/EspacePersonnel/_Referent.cshtml";

    public async Task<object?> ChargerAsync(int personneId, CancellationToken ct) => new FicheMonReferent(
        await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.PersonneId == personneId && d.DateFin == null)
            .Select(d => new MonReferent(d.Referent!.Prenom + " " + d.Referent.Nom, d.Structure!.Nom, d.DateDebut)).FirstOrDefaultAsync(ct));
}
