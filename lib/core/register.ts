/**
 * Registration of trust-model constructs: marks them for discovery and makes sure their
 * stack writes a trust manifest. Every issuer, client and trust calls one of these last in
 * its constructor.
 */
import { ManifestWriter } from '../manifest/manifest-writer';
import { IClient, IIssuer, ITrust, markClient, markIssuer, markTrust } from './interfaces';
import { captureSourceLocation } from './source-location';

/** Registers an issuer. */
export function registerIssuer(issuer: IIssuer): void {
  markIssuer(issuer);
  ManifestWriter.of(issuer).addIssuer(issuer);
  captureSourceLocation(issuer);
}

/** Registers a client. */
export function registerClient(client: IClient): void {
  markClient(client);
  ManifestWriter.of(client).addClient(client);
  captureSourceLocation(client);
}

/** Registers a trust. */
export function registerTrust(trust: ITrust): void {
  markTrust(trust);
  ManifestWriter.of(trust).addTrust(trust);
  captureSourceLocation(trust);
}
