import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { authSecret } from '@/lib/auth/secret';
import { contentFrom, plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState, yStateFromContent } from '@/lib/strategy-document/ydoc';

/**
 * Collaboration clients for Vitest: Hocuspocus providers in Node (with `ws`), sending a browser's
 * headers (session cookie, origin), as a person's tab would.
 */
export type Outcome = 'synced' | 'refused';

/** A next-auth session cookie for a person, signed like the app signs it. */
export async function sessionCookie(userId: string, secret = authSecret()) {
  const token = await encode({ token: { sub: userId, name: 'x' }, secret });
  return `next-auth.session-token=${token}`;
}

export function collabClients() {
  const providers: HocuspocusProvider[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];
  /** Connects a provider with these headers and resolves once synced or refused (5 s at most). */
  const connect = (url: string, name: string, headers: Record<string, string>, doc = new Y.Doc()) => {
    class HeaderSocket extends WebSocket {
      constructor(address: string) {
        super(address, { headers });
      }
    }
    let settle: (o: Outcome) => void = () => {};
    const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: HeaderSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token: 'cookie',
      onSynced: () => settle('synced'),
      onAuthenticationFailed: () => settle('refused'),
    });
    provider.attach();
    sockets.push(socket);
    providers.push(provider);
    const timeout = new Promise<Outcome>((_, reject) => setTimeout(() => reject(new Error('no answer from the collaboration server')), 5000));
    return { provider, socket, doc, outcome: Promise.race([outcome, timeout]) };
  };
  const close = () => {
    for (const provider of providers.splice(0)) provider.destroy();
    for (const socket of sockets.splice(0)) socket.destroy();
  };
  return { connect, close };
}

/** The plain text of a Yjs document as the editor writes it. */
export const textOf = (doc: Y.Doc) => plainText(contentFromYState(Y.encodeStateAsUpdate(doc)));

/** The plain text of a stored state. */
export const storedText = (state: Uint8Array | null) => plainText(contentFromYState(state));

/** Writes a paragraph into a client's document as the editor would. */
export function type(doc: Y.Doc, text: string) {
  Y.applyUpdate(doc, yStateFromContent(contentFrom([text])));
}
