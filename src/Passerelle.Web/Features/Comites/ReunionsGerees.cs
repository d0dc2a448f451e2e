using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Comites;

/// <summary>Loads a meeting for a write, with its instance, refusing it when the instance is not the writer's to change.</summary>
public sealed class ReunionsGerees(AppDbContext db, AccesComites acces, HeureLegale heure)
{
    public DateOnly Aujourdhui => heure.Aujourdhui;

    public async Task<(Reunion? Reunion, Comite? Comite, Ecriture? Refus)> ChargerAsync(int reunionId, CancellationToken ct)
    {
        var reunion = await db.Set<Reunion>().Include(r => r.Presences).Include(r => r.Decisions).FirstOrDefaultAsync(r => r.Id == reunionId, ct);
        var comite = reunion is null ? null : await db.Set<Comite>().Include(c => c.Membres).FirstOrDefaultAsync(c => c.Id == reunion.ComiteId, ct);
        if (reunion is null || comite is null) return (null, null, RefusComite.Introuvable);
        return acces.Gere(comite.Type, comite.TerritoireId) ? (reunion, comite, null) : (null, null, RefusComite.HorsTerritoire);
    }

    /// <summary>A meeting not yet held has no attendance, minutes nor decisions.</summary>
    public Ecriture? SiAVenir(Reunion reunion, string champ, string quoi) => reunion.Date > heure.Aujourdhui
        ? Ecriture.Champ(champ, $"La réunion du {reunion.Date:dd/MM/yyyy} n'a pas encore eu lieu : {quoi} s'enregistre(nt) une fois la réunion tenue.")
        : null;
}
