package dev.lexicon.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the service and its database, to take the database away and give it back
 * without touching the database server: cutting closes the listening port and every relayed
 * connection, as a crashed or unplugged server would; restoring listens on the same port again.
 */
final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final int port;
  private volatile ServerSocket listener;

  TcpProxy(String host, int port) {
    this.target = new InetSocketAddress(host, port);
    this.listener = listen(0);
    this.port = listener.getLocalPort();
  }

  int port() {
    return port;
  }

  /** The database becomes unreachable: connections are dropped and new ones refused. */
  void cut() {
    closeQuietly(listener);
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  /** The database is back, on the same address. */
  void restore() {
    listener = listen(port);
  }

  @Override
  public void close() {
    cut();
  }

  private ServerSocket listen(int onPort) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
      Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(target.getAddress(), target.getPort());
        open.add(client);
        open.add(server);
        relay(client, server);
        relay(server, client);
      } catch (IOException closedOrRefused) {
        // The listener was cut, or the database refused: either way, stop relaying this one.
      }
    }
  }

  private void relay(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException cut) {
                // One side closed: the connection is over.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-relay");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException alreadyClosed) {
      // Nothing left to release.
    }
  }
}
