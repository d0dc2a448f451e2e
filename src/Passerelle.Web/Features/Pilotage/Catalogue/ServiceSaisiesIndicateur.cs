using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>A stored attachment's name, type and bytes, checked by <see cref="ServiceSaisiesIndicateur.PieceRefusee"/>.</summary>
public sealed record PieceJointe(string Nom, string Type, byte[] Contenu);

/// <summary>
/// Enters or corrects the value of a manual indicator for a period (pilots and agents, <see cref="Politiques.GestionPilotage"/>):
/// the same period entered again corrects it, keeping who entered it first; the audit journal keeps the previous value.
/// </summary>
public sealed class ServiceSaisiesIndicateur(AppDbContext db, AuditJournal audit, HeureLegale heure, CurrentUser user)
{
    public const string Action = "indicateur-saisie";
    public const int TailleMaxPiece = 5 * 1024 * 1024;
    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cet indicateur n'existe pas dans le département.");

    private static readonly Dictionary<string, string> TypesPermis = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".csv"] = "text/csv",
    };

    public static string? PieceRefusee(string nom, long taille)
    {
        if (taille == 0) return "Le fichier joint est vide.";
        if (taille > TailleMaxPiece) return "Le fichier joint dépasse 5 Mo.";
        return TypesPermis.ContainsKey(Path.GetExtension(nom)) ? null : $"Type de fichier non accepté : joignez un fichier {string.Join(", ", TypesPermis.Keys)}.";
    }

    public static string TypeDe(string nom) => TypesPermis.GetValueOrDefault(Path.GetExtension(nom), "application/octet-stream");

    public async Task<Ecriture> EnregistrerAsync(int indicateurId, SaisieValeur saisie, PieceJointe? piece, CancellationToken ct)
    {
        var indicateur = await db.Set<IndicateurFiche>().FirstOrDefaultAsync(i => i.Id == indicateurId, ct);
        if (indicateur is null) return Ecriture.De(Introuvable);
        if (indicateur.Correspondance != CorrespondanceIndicateur.Saisi)
            return Ecriture.Refus("Cet indicateur n'est pas suivi par saisie manuelle : choisissez d'abord « saisie manuelle » dans sa correspondance.");
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var periode = ReglesSaisieIndicateur.Periode(saisie, erreurs);
        var (nombre, texte) = ReglesSaisieIndicateur.Valeur(indicateur.Unite, saisie.Valeur, erreurs);
        if (saisie.Commentaire?.Trim().Length > 2000) erreurs["Commentaire"] = "Le commentaire dépasse 2 000 caractères.";
        if (piece is not null && PieceRefusee(piece.Nom, piece.Contenu.Length) is { } refus) erreurs["Piece"] = refus;
        if (erreurs.Count > 0 || periode is not var (du, au)) return Ecriture.Champs(erreurs);

        var auteur = user.NomComplet ?? user.Email ?? "?";
        var existante = await db.Set<SaisieIndicateur>().FirstOrDefaultAsync(s => s.IndicateurFicheId == indicateurId && s.Du == du && s.Au == au, ct);
        var avant = existante is null ? null : $" (remplace {existante.Valeur?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? existante.Texte})";
        if (existante is null)
            db.Add(existante = new SaisieIndicateur { IndicateurFicheId = indicateurId, SaisiePar = auteur, SaisieLe = heure.MaintenantUtc });
        else (existante.CorrigeeLe, existante.CorrigeePar) = (heure.MaintenantUtc, auteur);
        (existante.Type, existante.Du, existante.Au, existante.Valeur, existante.Texte, existante.Commentaire) =
            (saisie.Periode!.Value, du, au, nombre, texte, string.IsNullOrWhiteSpace(saisie.Commentaire) ? null : saisie.Commentaire.Trim());
        if (piece is not null) (existante.PieceNom, existante.PieceType, existante.PieceContenu) = (Path.GetFileName(piece.Nom), TypeDe(piece.Nom), piece.Contenu);
        audit.Enregistrer(Action, nameof(IndicateurFiche), indicateurId, $"{du:dd/MM/yyyy}–{au:dd/MM/yyyy} : {nombre?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? texte}{avant}");
        await db.SaveChangesAsync(ct);
        return Ecriture.De(ResultatAction.Ok(avant is null ? "Valeur enregistrée." : "Valeur corrigée."), existante.Id);
    }
}
