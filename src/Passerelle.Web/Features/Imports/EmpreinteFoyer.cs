using System.Security.Cryptography;
using System.Text.Json;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// A fingerprint of everything a foyer says: equal fingerprints mean the dossier would not change,
/// so a re-import skips it without touching the database.
/// </summary>
public static class EmpreinteFoyer
{
    public static string Calculer(FoyerCnaf foyer) =>
        Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(foyer)));
}
