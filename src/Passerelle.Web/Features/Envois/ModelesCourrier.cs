using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Envois;

/// <summary>The templates in force in the current département: its own wording, else the shipped default.</summary>
public sealed class ModelesCourrier(AppDbContext db)
{
    public sealed record ModeleEnVigueur(ContenuModele Contenu, bool Personnalise, int Version);

    public async Task<ContenuModele> ModeleAsync(string code, CancellationToken ct = default) =>
        (await EnVigueurAsync(code, ct)).Contenu;

    public async Task<ModeleEnVigueur> EnVigueurAsync(string code, CancellationToken ct = default)
    {
        var defaut = ModelesParDefaut.Trouver(code)
            ?? throw new ArgumentException($"Modèle de courrier inconnu : {code}.", nameof(code));
        var propre = await db.Set<ModeleCourrier>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, ct);
        return propre is null
            ? new ModeleEnVigueur(defaut, false, 0)
            : new ModeleEnVigueur(new ContenuModele(propre.Code, propre.Libelle, propre.Objet, propre.Corps, propre.SmsTexte), true, propre.Version);
    }

    public async Task<IReadOnlyList<ModeleEnVigueur>> TousAsync(CancellationToken ct = default)
    {
        var propres = await db.Set<ModeleCourrier>().AsNoTracking().ToDictionaryAsync(m => m.Code, ct);
        return ModelesParDefaut.Tous.Select(d => propres.TryGetValue(d.Code, out var p)
            ? new ModeleEnVigueur(new ContenuModele(p.Code, p.Libelle, p.Objet, p.Corps, p.SmsTexte), true, p.Version)
            : new ModeleEnVigueur(d, false, 0)).ToList();
    }
}
