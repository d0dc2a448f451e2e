using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Passerelle.Web.Platform.Chiffrement;

/// <summary>
/// Encrypts each Data Protection key before it is stored in the database (<c>DataProtectionKeys</c>), with a key
/// derived from the outside-database master key: a copy of the table alone forges no cookie.
/// </summary>
internal sealed class ChiffreurAnneau(ChiffrementDonnees chiffrement) : IXmlEncryptor
{
    public const string Usage = "anneau-protection-donnees";
    public static readonly XName Element = "cleChiffree";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement(Element, chiffrement.Chiffrer(plaintextElement.ToString(SaveOptions.DisableFormatting), Usage)), typeof(DechiffreurAnneau));
}

/// <summary>Created by Data Protection from the type name stored with the key, hence the service provider constructor.</summary>
internal sealed class DechiffreurAnneau(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<ChiffrementDonnees>().Dechiffrer(encryptedElement.Value, ChiffreurAnneau.Usage));
}

internal sealed class ConfigurationAnneau(ChiffrementDonnees chiffrement) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options) => options.XmlEncryptor = new ChiffreurAnneau(chiffrement);
}
