using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Structures;

/// <summary>Creates a validated structure and its audit row, for the admin page and the API.</summary>
public sealed class CreationStructure(AppDbContext db, AuditJournal audit)
{
    public async Task<Structure> CreerAsync(StructureValide valide, CancellationToken ct)
    {
        var structure = new Structure { Nom = "", Siret = "", Adresse = "", CodeInsee = "" };
        valide.Appliquer(structure);
        // The audit row needs the new id: both saves share one transaction, so neither exists without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Structures.Add(structure);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(AuditActions.Creation, nameof(Structure), structure.Id, $"Nom : {structure.Nom} ; SIRET : {structure.Siret}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return structure;
    }
}
