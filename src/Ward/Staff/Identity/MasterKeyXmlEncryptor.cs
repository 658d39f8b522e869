using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Ward.Security.Keys;

namespace Ward.Staff.Identity;

/// <summary>
/// Seals each data-protection key (which protects staff cookies and anti-forgery tokens) under
/// Ward's master key before it is stored in the database, so a copy of the database alone
/// cannot forge a staff cookie. After a master key is retired the keys it sealed cannot be
/// opened; a new key is made and staff sign in again.
/// </summary>
internal sealed class MasterKeyXmlEncryptor(MasterKeyRing keys) : IXmlEncryptor
{
    public const string AssociatedData = "ward:data-protection-key";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var bytes = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedKey = keys.Current.Wrap(bytes, AssociatedData);
        var element = new XElement("sealedByMasterKey",
            new XAttribute("masterKeyId", keys.Current.Id), Convert.ToBase64String(sealedKey));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}
