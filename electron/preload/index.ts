import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, ipcChannelOf } from '../../shared/contract/index';

/**
 * Exposes exactly one function per contract method, nothing else: the renderer never sees
 * ipcRenderer, and cannot send on any channel that is not a contract method.
 */
const api = Object.freeze(
  Object.fromEntries(
    METHOD_NAMES.map((name) => {
      const channel = ipcChannelOf(name);
      return [name, (input: unknown) => ipcRenderer.invoke(channel, input)];
    }),
  ),
);

contextBridge.exposeInMainWorld('clearanceApi', api);
