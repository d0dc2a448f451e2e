using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// A letter as the person receives it: the département's template in force merged with the letter's fields and the
/// person's own (name, address…), dated <c>jour</c>, with what the capability appends after the template.
/// Written once for the journal's reprints and the letters a capability produces itself.
/// </summary>
public sealed class FusionCourrier(AppDbContext db, ModelesCourrier modeles, ChampsPersonne champsPersonne)
{
    public async Task<Courrier> FusionnerAsync(string codeModele, ChampsCourrier source, DateOnly jour, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == source.PersonneId, ct);
        var champs = new Dictionary<string, string>(source.Champs, StringComparer.Ordinal) { [ChampsFusion.DateDuJour] = ChampsPersonne.FormaterDate(jour) };
        var valeurs = await champsPersonne.CompleterAsync(personne, champs, ct);
        var message = RenduCourrier.Fusion(await modeles.ModeleAsync(codeModele, ct), valeurs);
        return Courrier.Depuis(source.Complement is { } complement ? message with { Corps = $"{message.Corps}\n\n{complement}" } : message, valeurs);
    }
}
